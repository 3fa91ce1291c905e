import type { IDataObject } from 'n8n-workflow';

import { optionalText, text } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';
import { purchaseOrderItems } from './orderItems';

// POST /orders/:id/cancel {reason?}.
export const buildPurchaseOrderCancelBody = validate(function (requestOptions) {
	const reason = optionalText(this, 'reason');
	requestOptions.body = reason ? { reason } : {};
});

// POST /orders {items, remark?, couponId?}: everything is checked before the one request is made.
export const buildPurchaseOrderBody = validate(function (requestOptions) {
	const body: IDataObject = { items: purchaseOrderItems(this) };
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const remark = text(extra.remark);
	if (remark) body.remark = remark;
	const coupon = extra.couponId;
	if (text(coupon) !== '') {
		const couponId = typeof coupon === 'number' ? coupon : Number(text(coupon));
		if (!Number.isInteger(couponId) || couponId < 1) {
			throw invalidField(
				this,
				'Coupon',
				`must be a coupon ID, a whole number (got ${JSON.stringify(coupon)})`,
				'Pick a claimed coupon from the list, or use an ID from Coupon → Get Claimed.',
			);
		}
		body.couponId = couponId;
	}
	requestOptions.body = body;
});
