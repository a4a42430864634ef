/** The desk's page (npm run desk): never part of the story's build. */
import { mount } from 'svelte';
import Desk from './Desk.svelte';
import './desk.css';

mount(Desk, { target: document.getElementById('desk')! });
