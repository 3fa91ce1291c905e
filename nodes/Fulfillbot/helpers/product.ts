import { optionalText } from '../../shared/input/parameters';
import { invalidField, validate } from '../../shared/input/validation';
import { requireText } from './checks';

// Product: the platform searches' query and the 1688 import body, checked before the request.

export const checkQuery = validate(function () {
	requireText(this, 'q', 'Search Query', 'Enter words to search for.');
});

// Exactly one of url/offerId (docs/api-notes.md#fulfillbot-product-import: "*either url or offerId required").
export const buildImport1688Body = validate(function (requestOptions) {
	const url = optionalText(this, 'url');
	const offerId = optionalText(this, 'offerId');
	if (url && offerId) {
		throw invalidField(
			this,
			'URL / Offer ID',
			'both are set, but the API takes exactly one',
			'Clear either URL or Offer ID.',
		);
	}
	if (!url && !offerId) {
		throw invalidField(
			this,
			'URL / Offer ID',
			'neither is set, but the API needs one',
			'Enter the 1688 product URL or its offer ID.',
		);
	}
	requestOptions.body = url ? { url } : { offerId };
});

// POST /user/favorites {productId}.
export const checkFavoriteAdd = validate(function () {
	requireText(
		this,
		'productId',
		'Product ID',
		'Enter the product’s ID, e.g. the ID Product → Search returned.',
	);
});
