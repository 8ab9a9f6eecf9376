export * from './parser/index.js';
