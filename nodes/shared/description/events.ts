import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What a trigger starts on (SHOPLINE's webhooks call them topics): one or more, `preset` chosen at first. */
export function eventsField(
	options: INodePropertyOptions[],
	preset: string[],
	description?: string,
	name: 'events' | 'topics' = 'events',
): INodeProperties {
	return {
		displayName: name === 'events' ? 'Events' : 'Topics',
		name,
		type: 'multiOptions',
		required: true,
		default: [...preset],
		options,
		...(description && { description }),
	};
}
