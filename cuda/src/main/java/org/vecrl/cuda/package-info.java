/** The CUDA 13 engine ({@code engine=cuda}) on JavaCPP's CUDA presets. */
package org.vecrl.cuda;
