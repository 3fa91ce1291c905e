import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../../shared/validation';
import { requireText } from '../../helpers/checks';
import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { warehousePackageGetDescription } from './get';
import { warehousePackageGetAllDescription } from './getAll';

const showOnlyForWarehousePackage = { resource: ['warehousePackage'] };

const checkPackageId = validate(function () {
	requireText(this, 'packageId', 'Package ID', 'Enter the package’s ID from Warehouse Package → Get Many.');
});

export const warehousePackageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForWarehousePackage },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a package',
				description: 'Get a warehouse package with its weight and inspection photos',
				routing: {
					request: { method: 'GET', url: '=/warehouse/packages/{{encodeURIComponent(String($parameter.packageId).trim())}}' },
					send: { preSend: [checkPackageId] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many packages',
				description: 'Get the packages in the warehouse',
				routing: pagedGet('/warehouse/packages'),
			},
			{
				name: 'Get Shippable',
				value: 'getShippable',
				action: 'Get shippable packages',
				description: 'Get the packages ready to ship',
				routing: pagedGet('/warehouse/packages/shippable'),
			},
			{
				name: 'Get Stats',
				value: 'getStats',
				action: 'Get package statistics',
				description: 'Get warehouse package statistics',
				routing: {
					request: { method: 'GET', url: '/warehouse/packages/stats' },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'getAll',
	},
	...warehousePackageGetAllDescription,
	...warehousePackageGetDescription,
];
