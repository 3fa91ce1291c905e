import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './trigger/description';
import { pollS2Trigger } from './trigger/poll';
import { S2_ICON } from './icon';

export class S2Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'S2 Trigger',
		name: 's2Trigger',
		icon: S2_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when S2 orders, fulfillments or shipments change',
		defaults: { name: 'S2 Trigger' },
		polling: true,
		// A trigger starts workflows; it cannot serve as an AI agent's tool. Stated for the lint rule.
		usableAsTool: undefined,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 's2Api', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollS2Trigger.call(this);
	}
}
