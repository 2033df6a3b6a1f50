/**
 * The one way the tool calls a platform over the network: an address policy checked on the resolved
 * addresses (no loopback, private, link-local or metadata targets unless the operator allows them), a
 * connection pinned to the checked address, no redirects, a body cap and a time cap, and one neutral code
 * for every failure.
 */
package dk.laerepladsklar.lti.core.net;
