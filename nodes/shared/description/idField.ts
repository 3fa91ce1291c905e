import type { INodeProperties } from 'n8n-workflow';

/**
 * A required ID typed as text (or mapped by an expression), for a record the operation acts on. IDs
 * that go into the URL path are checked and encoded there by the operation's first preSend, `fillPath`.
 */
export function idField(
	displayName: string,
	name: string,
	placeholder: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description,
	};
}
