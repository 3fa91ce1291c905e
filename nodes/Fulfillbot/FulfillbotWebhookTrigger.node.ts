import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { webhookTriggerProperties } from './webhook/description';
import { receiveFulfillbot } from './webhook/receive';
import { registerManually, registrationExists, unregisterManually } from './webhook/registration';
import { FULFILLBOT_ICON } from './icon';

export class FulfillbotWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fulfillbot Webhook Trigger',
		name: 'fulfillbotWebhookTrigger',
		icon: FULFILLBOT_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow the moment Fulfillbot sends a signed webhook',
		defaults: { name: 'Fulfillbot Webhook Trigger' },
		// A trigger starts workflows; it cannot serve as an AI agent's tool. Stated for the lint rule.
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fulfillbotApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: webhookTriggerProperties,
	};

	webhookMethods = {
		default: {
			checkExists: registrationExists,
			create: registerManually,
			delete: unregisterManually,
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveFulfillbot.call(this);
	}
}
