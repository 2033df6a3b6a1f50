import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Scanner;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Run by bin/backup ({@code java KeyCheck.java}, no dependencies): whether the key-encryption key in
 * {@code LPK_KEY_ENCRYPTION_KEY} opens the tool's private keys, read from standard input as {@code kid<TAB>stored} lines
 * (psql's COPY of {@code lti_tool_key}). The stored form is the tool's PrivateKeyCipher v1: {@code v1:} and base64 of a
 * 12-byte IV and AES-256-GCM ciphertext with its tag, the kid as associated data. A backup records the key's
 * fingerprint for the restore to check, so the key must be the right one when the backup is made.
 *
 * <p>Exit 0: every sealed key opens (or there is none); 3: one does not (another key); 2: bad input.
 */
public final class KeyCheck {

    public static void main(String[] args) throws Exception {
        String configured = System.getenv("LPK_KEY_ENCRYPTION_KEY");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured == null ? "" : configured.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            System.err.println("the key-encryption key is not base64 of 32 bytes");
            System.exit(2);
        }
        SecretKeySpec aes = new SecretKeySpec(key, "AES");
        int sealed = 0;
        int opened = 0;
        Scanner in = new Scanner(System.in, StandardCharsets.UTF_8);
        while (in.hasNextLine()) {
            String[] row = in.nextLine().split("\t", 2);
            if (row.length != 2 || !row[1].startsWith("v1:")) {
                continue; // a key stored before keys were encrypted: the tool seals it at its next start
            }
            sealed++;
            try {
                byte[] bytes = Base64.getDecoder().decode(row[1].substring(3));
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(128, Arrays.copyOf(bytes, 12)));
                cipher.updateAAD(row[0].getBytes(StandardCharsets.UTF_8));
                cipher.doFinal(bytes, 12, bytes.length - 12);
                opened++;
            } catch (Exception wrongKey) {
                // counted below
            }
        }
        System.out.println(opened + " of " + sealed);
        System.exit(opened == sealed ? 0 : 3);
    }
}
