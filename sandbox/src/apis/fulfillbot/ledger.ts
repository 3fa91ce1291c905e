import { isoSeconds } from '../../core/clock';
import { badRequest, round2 } from './common';
import type { FulfillbotState, FulfillbotTransaction, FulfillbotWallet } from './model';

/**
 * The wallet's bookkeeping. A purchase order freezes its amount (balance unchanged, available
 * down) until it completes, when the frozen money leaves the balance; a cancel unfreezes it.
 * A shipping fee is taken from the balance at once. Each movement but completion records a
 * transaction whose amount is the change of availableBalance.
 */
export function ledger(state: FulfillbotState, userId: number) {
	let wallet = state.wallets.find((w) => w.userId === userId);
	if (!wallet) {
		wallet = { userId, balance: 0, frozenBalance: 0, currency: 'CNY' };
		state.wallets.push(wallet);
	}
	const w: FulfillbotWallet = wallet;
	const available = () => round2(w.balance - w.frozenBalance);
	const record = (
		type: FulfillbotTransaction['type'],
		amount: number,
		orderNo: string | null,
		description: string,
		now: number,
	) => {
		state.transactions.push({
			id: state.sequences.transaction++,
			userId,
			type,
			amount: round2(amount),
			balanceAfter: w.balance,
			frozenBalanceAfter: w.frozenBalance,
			availableBalanceAfter: available(),
			currency: w.currency,
			orderNo,
			description,
			createdAt: isoSeconds(now),
		});
	};
	const ensureAvailable = (amount: number) => {
		if (available() < amount) throw badRequest('Insufficient balance');
	};
	return {
		wallet: w,
		available,
		recharge(amount: number, now: number) {
			w.balance = round2(w.balance + amount);
			record('recharge', amount, null, 'Wallet top-up', now);
		},
		freeze(amount: number, orderNo: string, now: number) {
			ensureAvailable(amount);
			w.frozenBalance = round2(w.frozenBalance + amount);
			record('order_payment', -amount, orderNo, `Payment for purchase order ${orderNo}`, now);
		},
		unfreeze(amount: number, orderNo: string, now: number) {
			w.frozenBalance = round2(w.frozenBalance - amount);
			record(
				'order_refund',
				amount,
				orderNo,
				`Refund for cancelled purchase order ${orderNo}`,
				now,
			);
		},
		/** A completed order: the frozen money is spent. */
		settle(amount: number) {
			w.frozenBalance = round2(w.frozenBalance - amount);
			w.balance = round2(w.balance - amount);
		},
		charge(amount: number, orderNo: string, now: number) {
			ensureAvailable(amount);
			w.balance = round2(w.balance - amount);
			record('shipping_fee', -amount, orderNo, `Shipping fee for ${orderNo}`, now);
		},
		refund(amount: number, orderNo: string, now: number) {
			w.balance = round2(w.balance + amount);
			record(
				'shipping_refund',
				amount,
				orderNo,
				`Refund for cancelled shipping order ${orderNo}`,
				now,
			);
		},
	};
}
