import type { INodeProperties } from 'n8n-workflow';

// Attachments Object (docs/api-notes.md#s2-fulfillment-create): {fileName, path}; an empty array is sent when there are none.
export function attachmentsField(): INodeProperties {
	return {
		displayName: 'Attachments',
		name: 'attachments',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attachment',
		default: {},
		description: 'Files that go with the order, e.g. packing slips (none: an empty list is sent)',
		options: [
			{
				displayName: 'Attachment',
				name: 'attachment',
				values: [
					{
						displayName: 'File Name',
						name: 'fileName',
						type: 'string',
						default: '',
						placeholder: 'packing-slip.pdf',
					},
					{
						displayName: 'Path',
						name: 'path',
						type: 'string',
						default: '',
						description: 'File path in S2 or URL where the attachment can be fetched',
					},
				],
			},
		],
	};
}
