/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { fulfillbotAuth } from './auth';
import { fulfillbotRoute } from './route';

export function registerCoupons(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	const claimsOf = (userId: number) => fb().claimedCoupons.filter((c) => c.userId === userId);

	/** Not yet claimed and not expired (sandbox clock). */
	fulfillbotRoute(app, 'GET', '/user/coupons/available', {}, (request) => {
		const claimed = new Set(claimsOf(fulfillbotAuth(request).user.id).map((c) => c.couponId));
		const now = ctx.clock.now();
		return {
			data: fb().coupons.filter((c) => !claimed.has(c.id) && Date.parse(c.expiresAt) > now),
		};
	});

	/** Claimed coupons with their state; a used one shows the order that used it. */
	fulfillbotRoute(app, 'GET', '/user/coupons/my', {}, (request) => {
		const now = ctx.clock.now();
		const data = claimsOf(fulfillbotAuth(request).user.id).flatMap((claim) => {
			const coupon = fb().coupons.find((c) => c.id === claim.couponId);
			if (!coupon) return [];
			const status = claim.usedByOrderNo
				? 'used'
				: Date.parse(coupon.expiresAt) <= now
					? 'expired'
					: 'unused';
			return [
				{ ...coupon, status, claimedAt: claim.claimedAt, usedByOrderNo: claim.usedByOrderNo },
			];
		});
		return { data };
	});
}
