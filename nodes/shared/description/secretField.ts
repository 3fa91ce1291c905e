import type { INodeProperties } from 'n8n-workflow';

/** A credential field holding a secret: a password field, so n8n masks it and never shows it again. */
export function secretField(
	displayName: string,
	name: string,
	required: boolean,
	help: Pick<INodeProperties, 'description' | 'placeholder' | 'hint'>,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		typeOptions: { password: true },
		...(required && { required }),
		default: '',
		...help,
	};
}
