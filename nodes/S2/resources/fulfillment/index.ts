import type { INodeProperties } from 'n8n-workflow';

import { sendOnce } from '../../../shared/sendOnce';
import { pacedS2Create } from '../../helpers/rate';
import { idUrl, requireParameter } from '../../helpers/checks';
import { returnExistingOutput } from '../../helpers/existing';
import { buildFulfillmentBody } from '../../helpers/fulfillmentBody';
import { s2Output } from '../../helpers/output';
import { fulfillmentCreateDescription } from './create';
import { fulfillmentIdDescription } from './fulfillmentId';

export const fulfillmentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fulfillment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a fulfillment',
				description:
					'Send items to be shipped by S2, for an order or standalone. Sent once, never retried by the node — keep "Retry On Fail" off.',
				routing: {
					request: { method: 'POST', url: '/fulfillment' },
					// `paginate` hands the built request to sendOnce, which makes exactly one call.
					send: { preSend: [buildFulfillmentBody], paginate: true },
					operations: { pagination: pacedS2Create('fulfillment', sendOnce('S2', 'fulfillment', 'the order’s fulfillments in S2 (Order → Get Details)')) },
					output: { postReceive: returnExistingOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a fulfillment',
				description: 'Get a fulfillment with its status, shipments and labels',
				routing: {
					request: { method: 'GET', url: idUrl('/fulfillment', 'fulfillmentId') },
					send: { preSend: [requireParameter('fulfillmentId', 'Fulfillment ID', 'Enter the fulfillment’s ID, e.g. from Fulfillment → Create.')] },
					output: { postReceive: s2Output },
				},
			},
		],
		default: 'create',
	},
	...fulfillmentIdDescription,
	...fulfillmentCreateDescription,
];
