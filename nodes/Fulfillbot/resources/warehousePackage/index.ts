import type { INodeProperties } from 'n8n-workflow';

import { fillPath } from '../../../shared/pathId';
import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { warehousePackageGetDescription } from './get';
import { warehousePackageGetAllDescription } from './getAll';

const showOnlyForWarehousePackage = { resource: ['warehousePackage'] };

const packagePath = fillPath({ packageId: { label: 'Package ID', fix: 'Enter the package’s ID from Warehouse Package → Get Many.' } });

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
					request: { method: 'GET', url: '/warehouse/packages/{packageId}' },
					send: { preSend: [packagePath] },
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
