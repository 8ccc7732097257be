package org.veille.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Records of a {@code .warc.gz}: normally one per gzip member, the record's offset being its
 * member's. Each member's decompressed bytes are read as a small plain archive ({@link PlainFraming}),
 * so a member holding several records (a file compressed whole) is read record by record, each
 * taking the member's offset, and a record that loses track inside it is followed by a search for the
 * next {@code WARC/1.} line in the same member. After compression damage, reading resumes at the next
 * intact member that starts a record.
 */
final class GzipFraming implements Framing {
    /** Decompressed bytes of a member kept to look back for the next record in it. */
    private static final int MEMBER_WINDOW = 4 << 20;

    private final GzipMembers members;
    /** The records of the current member; null between members. */
    private PlainFraming member;
    private long unsearched;

    GzipFraming(GzipMembers members) {
        this.members = members;
    }

    @Override
    public boolean nextRecord() throws IOException {
        while (true) {
            if (member != null && member.nextRecord()) {
                return true;
            }
            member = null;
            if (!members.nextMember()) {
                return false;
            }
            // A fresh buffer per member: nothing of a damaged member may leak into the next.
            member = new PlainFraming(new RewindableInput(new BufferedInputStream(members.member(), 8192),
                    MEMBER_WINDOW));
        }
    }

    @Override
    public long recordOffset() {
        return Math.max(0, members.lastMemberStart());
    }

    @Override
    public InputStream data() {
        return member == null ? InputStream.nullInputStream() : member.data();
    }

    /**
     * Past the record's blank lines, and when it was its member's last, through the member's end:
     * the trailer's CRC and size are checked before the record's outcome is handed out.
     */
    @Override
    public void endRecord() throws IOException {
        if (member != null) {
            member.endRecord();
        }
    }

    @Override
    public boolean recover(boolean compressionDamage) throws IOException {
        unsearched = 0;
        if (!compressionDamage && member != null) {
            // The gzip layer is sound so far: look for the next record in the rest of this member.
            try {
                boolean found = member.recover(false);
                unsearched = member.unsearchedBytes();
                if (found) {
                    return true;
                }
                member = null;
                return members.hasMore();
            } catch (ArchiveDamage e) {
                // the member is damaged too: look for the next good member below
            }
        }
        member = null;
        boolean found = members.resync(members.lastMemberStart());
        unsearched += members.unsearchedBytes();
        return found;
    }

    @Override
    public long unsearchedBytes() {
        return unsearched;
    }

    @Override
    public void close() throws IOException {
        members.close();
    }
}
