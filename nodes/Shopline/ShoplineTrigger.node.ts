import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './trigger/description';
import { pollShoplineTrigger } from './trigger/poll';
import { SHOPLINE_ICON } from './icon';

export class ShoplineTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE Trigger',
		name: 'shoplineTrigger',
		icon: SHOPLINE_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when SHOPLINE orders, fulfillments, products or stock levels change',
		defaults: { name: 'SHOPLINE Trigger' },
		polling: true,
		// A trigger starts workflows; it cannot serve as an AI agent's tool. Stated for the lint rule.
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'shoplineApi', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollShoplineTrigger.call(this);
	}
}
