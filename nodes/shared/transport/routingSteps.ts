import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

// The two function hooks of n8n's declarative routing the pack writes, typed once.

/** `routing.operations.pagination` (with `send.paginate: true`): n8n hands it the built request. */
export type Paginate = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** A function step of `routing.output.postReceive`: the items so far and the answer they came from. */
export type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;
