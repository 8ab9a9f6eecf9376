export default {
  globs: ['src/element/**/*.ts'],
  litelement: true,
  outdir: '.',
};
