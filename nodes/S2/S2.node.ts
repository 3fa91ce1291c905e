import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

// Shell: the S2 node's resources are being added (issue 4).
export class S2 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'S2',
		name: 's2',
		icon: { light: 'file:../../icons/s2.svg', dark: 'file:../../icons/s2.dark.svg' },
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
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			ignoreHttpStatusErrors: true,
		},
		properties: [],
	};
}
