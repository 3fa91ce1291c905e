import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Refuses bad input before any request: the message names the field, the description says how
 * to fix it. Use from a `preSend` step, which runs before the request is made.
 */
export function invalidField(
	context: IExecuteSingleFunctions,
	field: string,
	problem: string,
	fix: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field}: ${problem}`, {
		description: fix,
		itemIndex: context.getItemIndex(),
	});
}

/** A preSend step built from a check that throws `invalidField(...)` on bad input. */
export function validate(
	check: (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => void,
) {
	return async function validateBeforeSend(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		check.call(this, requestOptions);
		return requestOptions;
	};
}
