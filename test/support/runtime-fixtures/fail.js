// The stack trace of the error below names this file's line 3.
exports.fail = () => {
  throw new Error('from line 3');
};
