import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

/**
 * Max Requests per Poll, the one bound on what a poll sends: the property each polling trigger shows (its
 * own default, its own explanation of what a poll reads) and the reader of its value.
 */
export function requestsPerPollProperty(
	defaultValue: number,
	description: string,
	displayOptions?: INodeProperties['displayOptions'],
): INodeProperties {
	return {
		displayName: 'Max Requests per Poll',
		name: 'requestsPerPoll',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: defaultValue,
		description,
		...(displayOptions ? { displayOptions } : {}),
	};
}

/** The value set on the node, as a whole number ≥ 1; anything else falls back to the trigger's default. */
export function requestsPerPoll(ctx: IPollFunctions, defaultValue: number): number {
	const value = Number(ctx.getNodeParameter('requestsPerPoll', defaultValue));
	return Number.isFinite(value) && value >= 1 ? Math.floor(value) : defaultValue;
}
