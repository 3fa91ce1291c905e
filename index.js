// n8n loads this package through the `n8n` section of package.json (dist/ paths); this entry
// point only exists so `require('n8n-nodes-fulfillment')` resolves.
module.exports = {};
