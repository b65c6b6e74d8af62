/**
 * The jamming panel's background work without JavaFX: {@link org.phaselab.service.jamming.JammingScene}
 * (every parameter, with ranges) and {@link org.phaselab.service.jamming.JammingSweeps} (width sweeps,
 * perceptron scans and their figures), shared by the panel and the headless preset renderer.
 */
package org.phaselab.service.jamming;
