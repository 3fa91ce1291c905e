import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

// Shell: the S2 trigger's events are being added (issue 4).
export class S2Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'S2 Trigger',
		name: 's2Trigger',
		icon: { light: 'file:../../icons/s2.svg', dark: 'file:../../icons/s2.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when S2 orders, fulfillments or shipments change',
		defaults: { name: 'S2 Trigger' },
		polling: true,
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 's2Api', required: true }],
		properties: [],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return null;
	}
}
