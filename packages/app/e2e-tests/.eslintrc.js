// The browser smoke test is a Node script driving Chromium, not app code:
// it may use Node built-ins and report on the console.
module.exports = {
  rules: {
    'no-console': 'off',
    'no-restricted-imports': 'off',
  },
};
