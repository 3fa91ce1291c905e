import { getAccounts, getProducts, getWarehouses } from './loadOptions';

/** `methods` of the S2 node: the dropdown pickers (accounts, products, warehouses). */
export const s2Methods = {
	loadOptions: { getAccounts, getProducts, getWarehouses },
};
