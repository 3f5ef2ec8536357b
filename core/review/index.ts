/** Review and mentoring: comment threads, version marks, review states. Pure. */
export * from './comment-threads';
export * from './content-hash';
export * from './paragraphs';
export * from './review-status';
export { sha256Hex } from './sha256';
