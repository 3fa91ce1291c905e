import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pacingHook } from '../shared/transport/pacedSend';
import { BASE_URL_EXPRESSION } from './helpers/baseUrl';
import { fulfillbotPacedSender, fulfillbotRateLimit } from './helpers/rate';
import { fulfillbotMethods } from './methods';
import { resourceProperties, resourceProperty } from './resources';
import { FULFILLBOT_ICON } from './icon';

export class Fulfillbot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fulfillbot',
		name: 'fulfillbot',
		icon: FULFILLBOT_ICON,
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Buy on Taobao, 1688 and Weidian and ship internationally with Fulfillbot',
		defaults: { name: 'Fulfillbot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fulfillbotApi', required: true }],
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			// Errors are read by helpers/errors.ts from the API's own envelope (see shared/transport/errors.ts).
			ignoreHttpStatusErrors: true,
		},
		// Every request goes through the credential's rate budget (helpers/rate.ts, shared/transport/pacedSend.ts).
		requestOperations: { pagination: fulfillbotPacedSender },
		properties: [resourceProperty, ...resourceProperties, fulfillbotRateLimit, pacingHook],
	};

	methods = fulfillbotMethods;
}
