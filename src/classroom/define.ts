// The teacher page: registers <classroom-app> (demo/classroom-app.ts), which does the rest.
import { ClassroomApp } from './classroom-app.js';

if (!customElements.get('classroom-app')) customElements.define('classroom-app', ClassroomApp);
