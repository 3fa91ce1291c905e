import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fillPath } from '../../../shared/pathId';
import { invalidField, validate } from '../../../shared/validation';
import { purchaseOrderItems } from '../../helpers/orderItems';
import { fulfillbotOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/pagedGet';
import { sendOnce } from '../../../shared/sendOnce';
import { pacedFulfillbotCreate } from '../../helpers/rate';
import { purchaseOrderCancelDescription } from './cancel';
import { purchaseOrderCreateDescription } from './create';
import { purchaseOrderGetAllDescription } from './getAll';
import { purchaseOrderIdDescription } from './orderId';

const showOnlyForPurchaseOrder = { resource: ['purchaseOrder'] };

const orderUrl = (suffix = '') => `/orders/{orderId}${suffix}`;

const orderPath = fillPath({ orderId: { label: 'Order ID', fix: 'Enter the order number (orderNo), e.g. from Purchase Order → Get Many.' } });

// POST /orders/:id/cancel {reason?}.
const buildCancelBody = validate(function (requestOptions) {
	const reason = String(this.getNodeParameter('reason', '') ?? '').trim();
	requestOptions.body = reason ? { reason } : {};
});

// POST /orders {items, remark?, couponId?}: everything is checked before the one request is made.
const buildCreateBody = validate(function (requestOptions) {
	const body: IDataObject = { items: purchaseOrderItems(this) };
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const remark = String(extra.remark ?? '').trim();
	if (remark) body.remark = remark;
	const coupon = extra.couponId;
	if (coupon !== undefined && coupon !== null && String(coupon).trim() !== '') {
		const couponId = typeof coupon === 'number' ? coupon : Number(String(coupon).trim());
		if (!Number.isInteger(couponId) || couponId < 1) {
			throw invalidField(this, 'Coupon', `must be a coupon ID, a whole number (got ${JSON.stringify(coupon)})`, 'Pick a claimed coupon from the list, or use an ID from Coupon → Get Claimed.');
		}
		body.couponId = couponId;
	}
	requestOptions.body = body;
});

export const purchaseOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForPurchaseOrder },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a purchase order',
				description: 'Request cancellation of a pending or paid order; the amount is refunded to the wallet',
				routing: {
					request: { method: 'POST', url: orderUrl('/cancel') },
					send: { preSend: [orderPath, buildCancelBody] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a purchase order',
				description:
					'Buy product SKUs; the cost is taken from the wallet. Sent once, never retried by the node — keep "Retry On Fail" off.',
				routing: {
					request: { method: 'POST', url: '/orders' },
					// `paginate` hands the built request to sendOnce, which makes exactly one call.
					send: { preSend: [buildCreateBody], paginate: true },
					operations: { pagination: pacedFulfillbotCreate('purchase order', sendOnce('Fulfillbot', 'purchase order', 'Purchase Order → Get Many and the wallet balance')) },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a purchase order',
				description: 'Get an order with its items, logistics and inspection',
				routing: {
					request: { method: 'GET', url: orderUrl() },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Inspection',
				value: 'getInspection',
				action: 'Get the inspection of a purchase order',
				description: 'Get the quality-check result of an order: result, weight and photos',
				routing: {
					request: { method: 'GET', url: orderUrl('/inspection') },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Logistics',
				value: 'getLogistics',
				action: 'Get the logistics of a purchase order',
				description: 'Get the domestic tracking of an order on its way to the warehouse',
				routing: {
					request: { method: 'GET', url: orderUrl('/logistics') },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many purchase orders',
				description: 'List purchase orders, optionally only those in one status',
				routing: pagedGet('/orders'),
			},
			{
				name: 'Get Stats',
				value: 'getStats',
				action: 'Get purchase order statistics',
				description: 'Get statistics of your purchase orders',
				routing: {
					request: { method: 'GET', url: '/orders/stats' },
					output: { postReceive: fulfillbotOutput },
				},
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of a purchase order',
				description: 'Get only the status of an order',
				routing: {
					request: { method: 'GET', url: orderUrl('/status') },
					send: { preSend: [orderPath] },
					output: { postReceive: fulfillbotOutput },
				},
			},
		],
		default: 'getAll',
	},
	...purchaseOrderIdDescription,
	...purchaseOrderGetAllDescription,
	...purchaseOrderCreateDescription,
	...purchaseOrderCancelDescription,
];
