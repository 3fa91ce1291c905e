import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pacingHook } from '../shared/transport/pacedSend';
import { BASE_URL_EXPRESSION } from './helpers/baseUrl';
import { s2PacedSender, s2RateLimit } from './helpers/rate';
import { s2Methods } from './methods';
import { resourceProperties, resourceProperty } from './resources';
import { S2_ICON } from './icon';

export class S2 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'S2',
		name: 's2',
		icon: S2_ICON,
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Hand orders to the S2 (Ventmere) 3PL and follow their fulfillments',
		defaults: { name: 'S2' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 's2Api', required: true }],
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			// Errors are read by helpers/errors.ts from S2's own body (see shared/transport/errors.ts).
			ignoreHttpStatusErrors: true,
		},
		// Every request goes through the credential's rate budget (helpers/rate.ts, shared/transport/pacedSend.ts).
		requestOperations: { pagination: s2PacedSender },
		properties: [resourceProperty, ...resourceProperties, s2RateLimit, pacingHook],
	};

	methods = s2Methods;
}
