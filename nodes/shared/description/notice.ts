import type { INodeProperties } from 'n8n-workflow';

/** Text shown in the node's panel (n8n's `notice` type holds no value): what a choice costs or risks. */
export function notice(
	displayName: string,
	name: string,
	displayOptions?: INodeProperties['displayOptions'],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'notice',
		default: '',
		...(displayOptions && { displayOptions }),
	};
}
