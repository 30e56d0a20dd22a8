using PolicySearch.Core.Echoes;

namespace PolicySearch.Core.Storage;

/// <summary>The echo groups of a build (see <see cref="EchoFinder"/>), written in the build's transaction.</summary>
internal sealed partial class IndexDatabaseWriter
{
    public void WriteEchoes(IReadOnlyList<EchoGroup> groups)
    {
        using var group = new RawStatement(_connection, "INSERT INTO echo_groups (id, quotation) VALUES (?1, ?2)");
        using var member = new RawStatement(_connection, "INSERT INTO echo_members (group_id, ordinal, quoted) VALUES (?1, ?2, ?3)");
        for (var id = 0; id < groups.Count; id++)
        {
            group.Bind(1, id);
            group.Bind(2, groups[id].Quotation);
            group.Run();
            foreach (var echo in groups[id].Members)
            {
                member.Bind(1, id);
                member.Bind(2, echo.Ordinal);
                member.Bind(3, echo.Quoted ? 1 : 0);
                member.Run();
            }
        }
    }
}
