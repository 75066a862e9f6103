import { webkit } from './engine';
import { readingChecks } from './checks';

readingChecks('WebKit', webkit);
