namespace PolicySearch.Core.Search.Snapshot;

/// <summary>
/// The snapshot file layout (little-endian; version 2):
/// <code>
/// header   "PSIX" · int32 version · string buildId · int32 documentCount · int32 termCount
/// payload  int32[documentCount] lengths · int32[documentCount] dateKeys
///          termCount × (string term · postings: int32 df · int32 n · byte[n] data · int32 frequenciesOffset ·
///                       int32 positionsOffset · bool hasSkips · [int32 n · int32[n] skips] · int32 n · n × (int32 index, int32 frequency))
///          int32 facetCount · facetCount × (string name · int32 n · n × string value · int32 n · int32[n] ordinals ·
///                       bool multiValued · [int32 n · int32[n] starts])
/// trailer  SHA-256 of every byte before it
/// </code>
/// Strings are BinaryWriter's length-prefixed UTF-8. Any mismatch makes the reader reject the file.
/// </summary>
internal static class SnapshotFormat
{
    public const uint Magic = 0x58495350; // "PSIX" read as a little-endian uint32
    public const int Version = 2;
    public const int ChecksumLength = 32;
    public const string InvalidCode = "index.snapshot-invalid";
}
