import { firefox } from './engine';
import { readingChecks } from './checks';

readingChecks('Firefox', firefox);
