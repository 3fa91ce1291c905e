import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pacingHook } from '../shared/transport/pacedSend';
import { BASE_URL_EXPRESSION } from './helpers/baseUrl';
import { shoplinePacedSender, shoplineRateLimit } from './helpers/rate';
import { shoplineMethods } from './methods';
import { resourceProperties, resourceProperty } from './resources';
import { SHOPLINE_ICON } from './icon';

export class Shopline implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE',
		name: 'shopline',
		icon: SHOPLINE_ICON,
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read SHOPLINE store orders, create fulfillments with tracking numbers, and manage products, variants and stock',
		defaults: { name: 'SHOPLINE' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'shoplineApi', required: true }],
		requestDefaults: {
			// The same origin rule as the credential: the store itself, or the sandbox/test override.
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json; charset=utf-8' },
			// Errors are read by helpers/errors.ts from SHOPLINE's own envelope (see shared/transport/errors.ts).
			ignoreHttpStatusErrors: true,
		},
		// Every request goes through the credential's rate budget (helpers/rate.ts, shared/transport/pacedSend.ts).
		requestOperations: { pagination: shoplinePacedSender },
		properties: [resourceProperty, ...resourceProperties, shoplineRateLimit, pacingHook],
	};

	methods = shoplineMethods;
}
