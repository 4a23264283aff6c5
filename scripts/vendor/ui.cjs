// dist/bundle/vendor-ui.cjs: React and Ink, for the app (see scripts/bundle.mjs).
module.exports = { react: require('react'), 'react/jsx-runtime': require('react/jsx-runtime'), ink: require('ink') };
