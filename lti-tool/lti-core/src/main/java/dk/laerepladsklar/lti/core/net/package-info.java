/**
 * The one way the tool calls a platform over the network (Apache HttpClient 5, pooled): an address policy
 * checked on the resolved addresses as the client's resolver (no loopback, private, link-local or metadata
 * targets unless the operator allows them), so a connection goes only to a checked address; no redirects, a
 * body cap and a time cap, and one neutral code for every failure.
 */
package dk.laerepladsklar.lti.core.net;
