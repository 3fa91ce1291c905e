import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_WAIT_SECONDS } from '../transport/pacedSend';

/** The Rate Limit option of an action node; `limit` describes the API's own limit field, if it has one. */
export function rateLimitProperty(
	summary: string,
	limitFields: INodeProperties[],
): INodeProperties {
	return {
		displayName: 'Rate Limit',
		name: 'rateLimit',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		description: summary,
		options: [
			...limitFields,
			{
				displayName: 'Max Wait (Seconds)',
				name: 'maxWait',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: DEFAULT_MAX_WAIT_SECONDS,
				description:
					'When a request still meets a rate limit (another workflow or instance using the same credential), how long to wait for the time the API gives before the item fails',
			},
			{
				displayName: 'Pace Requests',
				name: 'pace',
				type: 'boolean',
				default: true,
				description:
					'Whether to space requests out to keep to the limit. Turn off for credentials with a much higher limit; answers that still say "too many requests" are waited out either way.',
			},
		],
	};
}
