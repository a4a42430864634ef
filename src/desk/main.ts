/** The desk's page (npm run desk): never part of the story's build. */
import { mount } from 'svelte';
import Desk from './Desk.svelte';
// Articles come in any language: the desk shows them in the project's own Noto fonts, not in
// whatever fonts the editor's system lacks.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-arabic/400.css';
import './desk.css';

mount(Desk, { target: document.getElementById('desk')! });
