import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

// Shell: the S2 trigger's events are being added (issue 5).
export class ShoplineTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE Trigger',
		name: 'shoplineTrigger',
		icon: { light: 'file:../../icons/shopline.svg', dark: 'file:../../icons/shopline.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when SHOPLINE orders or fulfillments change',
		defaults: { name: 'SHOPLINE Trigger' },
		polling: true,
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'shoplineApi', required: true }],
		properties: [],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return null;
	}
}
