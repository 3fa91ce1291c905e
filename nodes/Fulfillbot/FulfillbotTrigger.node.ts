import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './trigger/description';
import { pollFulfillbotTrigger } from './trigger/poll';
import { FULFILLBOT_ICON } from './icon';

export class FulfillbotTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fulfillbot Trigger',
		name: 'fulfillbotTrigger',
		icon: FULFILLBOT_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Fulfillbot purchase orders, shipping orders or warehouse packages change',
		defaults: { name: 'Fulfillbot Trigger' },
		polling: true,
		// A trigger starts workflows; it cannot serve as an AI agent's tool. Stated for the lint rule.
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fulfillbotApi', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollFulfillbotTrigger.call(this);
	}
}
