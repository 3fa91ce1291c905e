import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { webhookTriggerProperties } from './webhook/description';
import { receiveShopline } from './webhook/receive';
import { subscribe, subscriptionsExist, unsubscribe } from './webhook/subscriptions';
import { SHOPLINE_ICON } from './icon';

export class ShoplineWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE Webhook Trigger',
		name: 'shoplineWebhookTrigger',
		icon: SHOPLINE_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["topics"].join(", ")}}',
		description: 'Starts the workflow the moment SHOPLINE sends an order or fulfillment webhook',
		defaults: { name: 'SHOPLINE Webhook Trigger' },
		// A trigger starts workflows; it cannot serve as an AI agent's tool. Stated for the lint rule.
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'shoplineApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: webhookTriggerProperties,
	};

	webhookMethods = {
		default: {
			checkExists: subscriptionsExist,
			create: subscribe,
			delete: unsubscribe,
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveShopline.call(this);
	}
}
