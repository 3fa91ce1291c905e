import type { INodeProperties } from 'n8n-workflow';

/** The query of the platform searches (1688, Taobao, Weidian), required. */
export function platformQueryField(): INodeProperties {
	return {
		displayName: 'Search Query',
		name: 'q',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'shoes',
		description: 'Words to look for on the platform',
		routing: { send: { type: 'query', property: 'q' } },
	};
}
