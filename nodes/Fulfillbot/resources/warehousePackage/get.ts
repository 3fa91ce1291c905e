import type { INodeProperties } from 'n8n-workflow';

// GET /warehouse/packages/:id: the package ID goes into the URL (index.ts).
export const warehousePackageGetDescription: INodeProperties[] = [
	{
		displayName: 'Package ID',
		name: 'packageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '101',
		displayOptions: { show: { resource: ['warehousePackage'], operation: ['get'] } },
		description: 'The package’s ID (also the `inventoryId` a shipping order takes)',
	},
];
