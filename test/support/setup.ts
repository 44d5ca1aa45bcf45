import './matchers.ts';
