import type nlp from 'compromise/three';

/** compromise, evaluated on first use. */
declare function loadCompromise(): typeof nlp;
export = loadCompromise;
